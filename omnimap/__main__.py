"""``python -m omnimap`` runs the command line."""

from omnimap.launch import main

raise SystemExit(main())
