"""Clicks and live counts: recordClick, post counts, the SSE feed, host page and overlay."""
