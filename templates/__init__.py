"""Jinja2 templates, installed with the package as pr2news.templates."""
