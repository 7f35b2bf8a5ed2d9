"""Shared pytest set-up: Qt tests run offscreen unless a display test asks otherwise."""

import os

collect_ignore = ["omnimap/__main__.py", "benchmarks", "packaging"]

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
