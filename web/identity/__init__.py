"""Identity and trust (issue 13): login codes, applicant credentials, page sessions,
revocation gate, security headers, erasure and token rotation."""
