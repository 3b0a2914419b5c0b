"""Constants of the Identity secrets engine."""
DEFAULT_MOUNT_POINT = "identity"
ALLOWED_GROUP_TYPES = ["internal", "external"]
