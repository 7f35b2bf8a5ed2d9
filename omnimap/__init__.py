"""omnimap: omnichannel customer-journey maps for workshop facilitators."""

__all__ = ["__version__"]

__version__ = "0.1.0"
