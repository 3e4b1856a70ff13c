"""newsevents: political event data from news, with the evidence for every record."""

__version__ = "0.1.0"
