"""Entry point of the frozen app (PyInstaller): the same `main` as `python -m runofshow`."""

import sys

from runofshow.app import main

if __name__ == "__main__":
    sys.exit(main())
