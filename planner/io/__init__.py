"""File formats: circulars, the grid CSV, the demo plan, and writing files safely."""
