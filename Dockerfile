# The bot's image: the packaged jar on a JRE, run as an unprivileged user, heap sized from the
# container's memory limit. Build the jar first, then the image:
#   ./mvnw -B package -DskipTests && docker build -t perf-sheriff-bot:0.1.0 .
FROM eclipse-temurin:17-jre

# A fixed numeric user, so Kubernetes' runAsNonRoot can verify it (the chart runs 10001:10001).
RUN groupadd --system --gid 10001 bot \
 && useradd --system --uid 10001 --gid bot --home-dir /app --shell /usr/sbin/nologin bot \
 && mkdir -p /app /data \
 && chown bot:bot /data

WORKDIR /app
COPY target/perf-sheriff-bot.jar /app/perf-sheriff-bot.jar

# The heap follows the memory limit; an OutOfMemoryError ends the process so it is restarted
# instead of limping on. /tmp holds the unpacked embedded PostgreSQL binaries (a writable volume
# under a read-only root filesystem); /data holds the embedded database when no server is set.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError" \
    PERFSHERIFF_EMBEDDEDDB_DIR=/data/postgres

USER 10001:10001
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/perf-sheriff-bot.jar"]
