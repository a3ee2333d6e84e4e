import sys

from eval.devset.build import main

sys.exit(main())
