"""Feedback stage: outcomes of sends come in (`ingest`), or are simulated for the sample shop
(`simulator`), and are joined to the workspace's sends for the conversion model to learn from."""
