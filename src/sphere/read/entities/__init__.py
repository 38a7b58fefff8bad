"""Entities: the knowledge-base gazetteer, linking mentions to it, and names it does not know yet."""
