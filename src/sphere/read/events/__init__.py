"""Events: PLOVER event triggers, their participants, places and dates."""
