"""The contract between layers: the Faust app factory, every topic and every event record.

``web`` publishes events declared here; ``agents`` consume them. Neither spells a topic name.
"""
