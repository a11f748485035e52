"""The desktop window (PySide6). The only package that imports Qt; it calls services, never
storage, and converts offsets between code points and Qt's UTF-16 in exactly one place
(:mod:`desktop_app.gui.reader`)."""
