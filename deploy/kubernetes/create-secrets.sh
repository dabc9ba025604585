#!/usr/bin/env bash
# Makes the Secrets the manifests refer to, with fresh random values, once per cluster. Nothing here
# is a real value: keys and passwords are generated on the spot and only ever live in the cluster
# (and in the secret store the operators back them up to: losing insaf-keys loses every victim's
# identity and the audit trail's proof). Needs kubectl (pointed at the cluster) and openssl.
#
#   deploy/kubernetes/create-secrets.sh TLS_CERT_FILE TLS_KEY_FILE   (the certificate of sso.insaf.example)
set -euo pipefail
ns=insaf
cert="${1:?the TLS certificate file of the Keycloak hostname}"
: "${INSAF_BACKUP_ACCESS_KEY_ID:?set INSAF_BACKUP_ACCESS_KEY_ID and INSAF_BACKUP_SECRET_ACCESS_KEY (the backup store)}"
key="${2:?the TLS private key file of the Keycloak hostname}"

kubectl get namespace "$ns" >/dev/null 2>&1 || kubectl create namespace "$ns"

# The identity key encrypts victims' identities (AES-256-GCM), under its id (stored with each row);
# previous identity keys (none at first) only open rows sealed before a rotation (docs/operations.md).
# The audit key seals the audit chain and signs its checkpoints. Both keys 256-bit, base64.
kubectl -n "$ns" create secret generic insaf-keys \
  --from-literal=identity-key="$(openssl rand -base64 32)" \
  --from-literal=identity-key-id=k1 \
  --from-literal=identity-previous-keys= \
  --from-literal=audit-key="$(openssl rand -base64 32)"

# Database roles: CloudNativePG reads basic-auth Secrets (the username must be the role's name).
kubectl -n "$ns" create secret generic insaf-db-owner --type=kubernetes.io/basic-auth \
  --from-literal=username=insaf_owner --from-literal=password="$(openssl rand -base64 24)"
kubectl -n "$ns" create secret generic insaf-db-app --type=kubernetes.io/basic-auth \
  --from-literal=username=insaf_app --from-literal=password="$(openssl rand -base64 24)"

# The API client's secret in the realm: the realm import puts it into Keycloak, the service presents
# it when it asks Keycloak whether a token's session is still live.
kubectl -n "$ns" create secret generic insaf-oidc \
  --from-literal=client-secret="$(openssl rand -hex 32)"

kubectl -n "$ns" create secret tls insaf-sso-tls --cert="$cert" --key="$key"

# The object store's credentials for backups, as the store issued them (from the environment, so they
# never appear in a command line or a file).
kubectl -n "$ns" create secret generic insaf-backup-s3 \
  --from-literal=ACCESS_KEY_ID="${INSAF_BACKUP_ACCESS_KEY_ID:?the object store's access key id}" \
  --from-literal=ACCESS_SECRET_KEY="${INSAF_BACKUP_SECRET_ACCESS_KEY:?the object store's secret key}"
