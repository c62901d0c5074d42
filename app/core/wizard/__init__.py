"""The support-request wizard without Qt: its state, its flow, its payload and its trail."""
