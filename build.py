#!/usr/bin/env python3
"""Explainer's entry point: ``python build.py [build|import] ...`` (see ``--help``)."""

import sys

from explainer.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
