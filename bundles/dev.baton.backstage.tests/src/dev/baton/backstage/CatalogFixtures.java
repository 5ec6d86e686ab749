package dev.baton.backstage;

import java.io.IOException;
import java.nio.file.Path;

import dev.baton.testing.Examples;

/** A small catalog of every kind Baton reads, spread over files reached through a Location. */
final class CatalogFixtures {

	private CatalogFixtures() {
	}

	/** Writes the catalog under {@code folder/catalog} and returns its catalog-info.yaml. */
	static Path fullCatalog(Path folder) throws IOException {
		Path catalog = folder.resolve("catalog");
		Examples.write(catalog, "catalog-info.yaml", """
				apiVersion: backstage.io/v1alpha1
				kind: Location
				metadata:
				  name: payments-catalog
				spec:
				  targets:
				    - ./org.yaml
				    - ./services/payments.yaml
				""");
		Examples.write(catalog, "org.yaml", """
				apiVersion: backstage.io/v1alpha1
				kind: Domain
				metadata:
				  name: commerce
				spec:
				  owner: team-payments
				---
				apiVersion: backstage.io/v1alpha1
				kind: Domain
				metadata:
				  name: payments
				  description: Taking money.
				spec:
				  owner: group:default/team-payments
				  subdomainOf: commerce
				---
				apiVersion: backstage.io/v1alpha1
				kind: Group
				metadata:
				  name: team-payments
				  annotations:
				    baton.dev/lead: ada
				spec:
				  type: team
				  profile:
				    displayName: Payments team
				    email: payments@example.com
				  children: []
				  members: [grace]
				---
				apiVersion: backstage.io/v1alpha1
				kind: Group
				metadata:
				  name: auditors
				  namespace: finance
				spec:
				  type: team
				  children: []
				---
				apiVersion: backstage.io/v1alpha1
				kind: User
				metadata:
				  name: ada
				  annotations:
				    baton.dev/role: lead
				spec:
				  profile:
				    displayName: Ada Lovelace
				    email: ada@example.com
				  memberOf: [team-payments]
				---
				apiVersion: backstage.io/v1alpha1
				kind: User
				metadata:
				  name: grace
				spec:
				  memberOf: []
				""");
		Examples.write(catalog, "services/payments.yaml", """
				apiVersion: backstage.io/v1alpha1
				kind: System
				metadata:
				  name: checkout
				spec:
				  owner: team-payments
				  domain: payments
				---
				apiVersion: backstage.io/v1alpha1
				kind: Component
				metadata:
				  name: payments-api
				  tags: [payments, java]
				  annotations:
				    backstage.io/source-location: url:https://git.example.com/payments-api
				    baton.dev/last-reviewed: 2026-10-01
				spec:
				  type: service
				  lifecycle: production
				  owner: team-payments
				  system: checkout
				  providesApis: [payments-rest]
				  consumesApis: [api:ledger-events]
				  dependsOn:
				    - resource:payments-db
				    - component:default/ledger-worker
				---
				apiVersion: backstage.io/v1alpha1
				kind: Component
				metadata:
				  name: ledger-worker
				spec:
				  type: service
				  lifecycle: experimental
				  owner: group:finance/auditors
				  providesApis: [ledger-events]
				---
				apiVersion: backstage.io/v1alpha1
				kind: Resource
				metadata:
				  name: payments-db
				spec:
				  type: database
				  owner: team-payments
				  system: checkout
				---
				apiVersion: backstage.io/v1alpha1
				kind: API
				metadata:
				  name: payments-rest
				  title: Payments REST API
				spec:
				  type: openapi
				  lifecycle: production
				  owner: team-payments
				  definition:
				    $text: ../specs/payments.yaml
				---
				apiVersion: backstage.io/v1alpha1
				kind: API
				metadata:
				  name: ledger-events
				spec:
				  type: asyncapi
				  lifecycle: experimental
				  owner: team-payments
				  definition: |
				    asyncapi: 2.6.0
				    info:
				      title: Ledger events
				      version: 1.0.0
				""");
		Examples.write(catalog, "specs/payments.yaml", """
				openapi: 3.0.3
				info:
				  title: Payments
				  version: 2.1.0
				paths: {}
				""");
		return catalog.resolve("catalog-info.yaml");
	}
}
