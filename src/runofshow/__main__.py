"""`python -m runofshow` runs the same entry point as the `runofshow` script."""

import sys

from runofshow.app import main

sys.exit(main())
