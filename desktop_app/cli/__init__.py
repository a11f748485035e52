"""The ``parley`` command line. Imports no Qt: only opening the window loads the GUI."""
