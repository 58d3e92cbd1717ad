"""jobfair: event-driven operations platform for women's job fairs.

Process entry points live in :mod:`jobfair.cli`; the layers are ``streams`` (topics and
events), ``agents`` (Faust stream processors), ``web`` (HTTP) and ``domain`` (pure rules).
"""
