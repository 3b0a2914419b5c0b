"""AWS SigV4 signing helpers for the AWS auth method's IAM login."""
