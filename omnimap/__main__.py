"""``python -m omnimap`` runs the command line."""

from omnimap.cli.main import main

raise SystemExit(main())
