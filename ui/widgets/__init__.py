"""Thin widgets: they show models and views and raise signals; the work is elsewhere."""
