"""Printing and preview: the official schedule as PDF, on paper and as pictures to share."""
