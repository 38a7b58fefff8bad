"""Claims: checkable figures — quantities, their subjects and context."""
