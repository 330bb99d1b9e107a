#!/bin/sh
# Once the Temporal server answers: the namespace printflow runs in, and the search attributes every
# order carries (OrderReference, Vendor, FulfillmentStatus). A workflow that sets an unregistered
# attribute fails its task, so this runs before the worker takes work. Safe to rerun.
set -eu
address=${TEMPORAL_ADDRESS:-temporal:7233}
namespace=${TEMPORAL_NAMESPACE:-default}
retention=${TEMPORAL_RETENTION:-30d}

until temporal operator cluster health --address "$address" >/dev/null 2>&1; do
  echo "waiting for the Temporal server at $address"; sleep 3
done

temporal operator namespace describe -n "$namespace" --address "$address" >/dev/null 2>&1 \
  || temporal operator namespace create -n "$namespace" --retention "$retention" --address "$address"

for attribute in OrderReference Vendor FulfillmentStatus; do
  if temporal operator search-attribute list -n "$namespace" --address "$address" | grep -qw "$attribute"; then
    echo "search attribute $attribute exists"
  else
    temporal operator search-attribute create -n "$namespace" --name "$attribute" --type Keyword --address "$address"
  fi
done
echo "namespace $namespace is ready for printflow"
