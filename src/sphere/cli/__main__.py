"""`python -m sphere.cli`: the same as the `sphere` command."""

from sphere.cli.main import app

app()
