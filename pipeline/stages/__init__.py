"""What DAG tasks and the CLI call: one function per stage, one report shape."""
