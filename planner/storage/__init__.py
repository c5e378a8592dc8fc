"""The plan document on disk (``.jadwal``)."""
