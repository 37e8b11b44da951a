"""The PDF report and run of show."""
