"""Pure domain: dataclasses and computations. Knows neither Qt nor SQLAlchemy."""
