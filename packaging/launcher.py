"""Entry point of the frozen build: the same ``parley`` command as ``uv run parley``.

PyInstaller runs this file as ``__main__``; everything else lives in the package.
"""

import sys

from desktop_app.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
