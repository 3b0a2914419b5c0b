"""Constants of the Azure auth method and secrets engine."""
VALID_ENVIRONMENTS = [
    "AzurePublicCloud",
    "AzureUSGovernmentCloud",
    "AzureChinaCloud",
    "AzureGermanCloud",
]
