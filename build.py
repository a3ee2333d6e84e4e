#!/usr/bin/env python3
"""Explainer's entry point: ``python build.py [build|import] ...`` (see ``--help``)."""

import gc
import sys

from explainer.commands.cli import main

if __name__ == "__main__":
    # A build is one short batch: what is loaded by now lives to the end, so the cycle
    # collector need not walk it again and again, and it may run less often (about 5 %
    # faster on 1,000 explainers).
    gc.freeze()
    gc.set_threshold(10_000, 20, 20)
    sys.exit(main(sys.argv[1:]))
