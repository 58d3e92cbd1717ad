#!/bin/sh
# Fetch the Apache Kafka jars named in pom.xml into the cache `jobfair dev` and the tests use
# ($JOBFAIR_CACHE_DIR, default ~/.cache/jobfair). A no-op when the cache is complete. It goes
# through jobfair.local.kafka.ensure_kafka_jars so there is one fetch path, not two.
set -eu
cd "$(dirname "$0")/../.."
exec "${PYTHON:-python3}" -c '
import os, pathlib
from jobfair.local.kafka import ensure_kafka_jars
from jobfair.local.procs import default_cache_dir
cache = pathlib.Path(os.environ.get("JOBFAIR_CACHE_DIR") or default_cache_dir()).expanduser()
print(ensure_kafka_jars(cache))
'
