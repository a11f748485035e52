"""Storage: the only layer that imports SQLAlchemy. Everything it hands upwards is a plain
dataclass from :mod:`desktop_app.domain.model`."""
