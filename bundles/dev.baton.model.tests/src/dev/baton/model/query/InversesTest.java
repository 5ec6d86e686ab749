package dev.baton.model.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.baton.model.Architecture;
import dev.baton.model.BatonFactory;
import dev.baton.model.Component;
import dev.baton.model.Decision;
import dev.baton.model.DecisionLink;
import dev.baton.model.DecisionSet;
import dev.baton.model.Interface;
import dev.baton.model.LinkType;
import dev.baton.model.Person;
import dev.baton.model.SoftwareSystem;
import dev.baton.model.Team;
import dev.baton.model.Technology;

/** The derived inverse features, with and without a cross-reference adapter on the model. */
class InversesTest {

	private static final BatonFactory F = BatonFactory.eINSTANCE;

	private Architecture architecture;
	private Component billing;
	private Component shop;
	private Interface billingApi;
	private SoftwareSystem payments;
	private Technology java;
	private Team core;
	private Person alice;
	private Decision useRest;
	private Decision useGrpc;
	private Decision amendGrpc;

	private void build(boolean adapter) {
		architecture = F.createArchitecture();
		payments = F.createSoftwareSystem();
		billing = F.createComponent();
		shop = F.createComponent();
		billingApi = F.createInterface();
		java = F.createTechnology();
		core = F.createTeam();
		alice = F.createPerson();
		architecture.getSystems().add(payments);
		architecture.getComponents().addAll(List.of(billing, shop));
		architecture.getInterfaces().add(billingApi);
		architecture.getTechnologies().add(java);
		architecture.getTeams().add(core);
		architecture.getPeople().add(alice);
		DecisionSet set = F.createDecisionSet();
		architecture.getDecisionSets().add(set);
		useRest = F.createDecision();
		useGrpc = F.createDecision();
		amendGrpc = F.createDecision();
		set.getDecisions().addAll(List.of(useRest, useGrpc, amendGrpc));
		if (adapter) {
			ResourceSetImpl resourceSet = new ResourceSetImpl();
			Resource resource = new ResourceImpl();
			resourceSet.getResources().add(resource);
			resource.getContents().add(architecture);
			resourceSet.eAdapters().add(new ECrossReferenceAdapter());
		}
		billing.setSystem(payments);
		shop.setSystem(payments);
		billingApi.setProvider(billing);
		shop.getConsumes().add(billingApi);
		billing.getTechnologies().add(java);
		alice.setTeam(core);
		link(useGrpc, LinkType.SUPERSEDES, useRest);
		link(amendGrpc, LinkType.AMENDS, useGrpc);
		useGrpc.getAffects().add(billingApi);
	}

	private static void link(Decision from, LinkType type, Decision to) {
		DecisionLink link = F.createDecisionLink();
		link.setType(type);
		link.setTarget(to);
		from.getLinks().add(link);
	}

	@ParameterizedTest(name = "cross-reference adapter: {0}")
	@ValueSource(booleans = { true, false })
	void inversesFollowTheStoredReferences(boolean adapter) {
		build(adapter);
		assertEquals(List.of(shop), billingApi.getConsumers());
		assertEquals(List.of(billingApi), billing.getProvides());
		assertEquals(List.of(billing, shop), payments.getComponents());
		assertEquals(List.of(billing), java.getUsedBy());
		assertEquals(List.of(alice), core.getMembers());
		assertEquals(List.of(useGrpc), billingApi.getAffectedBy());
		assertEquals(List.of(useRest), useGrpc.getSupersedes());
		assertEquals(List.of(useGrpc), useRest.getSupersededBy());
		assertEquals(List.of(useGrpc), amendGrpc.getAmends());
		assertEquals(List.of(amendGrpc), useGrpc.getAmendedBy());
		assertEquals(List.of(), useRest.getSupersedes());
	}

	@ParameterizedTest(name = "cross-reference adapter: {0}")
	@ValueSource(booleans = { true, false })
	void inversesSeeChangesAndCannotBeChangedThemselves(boolean adapter) {
		build(adapter);
		shop.getConsumes().clear();
		assertEquals(List.of(), billingApi.getConsumers());
		useGrpc.getLinks().clear();
		assertEquals(List.of(), useRest.getSupersededBy());
		assertThrows(UnsupportedOperationException.class, () -> billingApi.getConsumers().add(billing));
	}
}
