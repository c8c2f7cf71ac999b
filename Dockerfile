# Builds the portal from source; used by docker-compose.yml for production.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q install -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 portail && mkdir -p /data && chown portail /data
USER portail
WORKDIR /app
COPY --from=build /src/web-adapter/target/web-adapter-*-exec.jar /app/portail.jar
ENV AXONIQ_UPDATE_CHECKER_DISABLED=true \
    PORTAIL_DATA_DIR=/data
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/portail.jar"]
