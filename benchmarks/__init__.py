"""omnimap's benchmark suite; run it with ``python -m benchmarks`` (see docs/benchmarks.md)."""
