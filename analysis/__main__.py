"""`python -m analysis ...`: the command line of reasonscale."""

import sys

from analysis.cli import main

sys.exit(main())
