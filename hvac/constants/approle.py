"""Constants of the AppRole auth method."""
DEFAULT_MOUNT_POINT = "approle"
ALLOWED_TOKEN_TYPES = ["service", "batch", "default", "default-service", "default-batch"]
