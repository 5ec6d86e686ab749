/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;

import java.time.LocalDate;

import java.util.List;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Decision</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An architecture decision record (MADR 4 plus Baton's keys).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.Decision#getNumber <em>Number</em>}</li>
 *   <li>{@link dev.baton.model.Decision#getSlug <em>Slug</em>}</li>
 *   <li>{@link dev.baton.model.Decision#getStatus <em>Status</em>}</li>
 *   <li>{@link dev.baton.model.Decision#getStatusText <em>Status Text</em>}</li>
 *   <li>{@link dev.baton.model.Decision#getDate <em>Date</em>}</li>
 *   <li>{@link dev.baton.model.Decision#getDecisionMakers <em>Decision Makers</em>}</li>
 *   <li>{@link dev.baton.model.Decision#getConsulted <em>Consulted</em>}</li>
 *   <li>{@link dev.baton.model.Decision#getInformed <em>Informed</em>}</li>
 *   <li>{@link dev.baton.model.Decision#getContext <em>Context</em>}</li>
 *   <li>{@link dev.baton.model.Decision#getDrivers <em>Drivers</em>}</li>
 *   <li>{@link dev.baton.model.Decision#getOptions <em>Options</em>}</li>
 *   <li>{@link dev.baton.model.Decision#getChosenOption <em>Chosen Option</em>}</li>
 *   <li>{@link dev.baton.model.Decision#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link dev.baton.model.Decision#getConsequences <em>Consequences</em>}</li>
 *   <li>{@link dev.baton.model.Decision#getConfirmation <em>Confirmation</em>}</li>
 *   <li>{@link dev.baton.model.Decision#getMoreInformation <em>More Information</em>}</li>
 *   <li>{@link dev.baton.model.Decision#getLinks <em>Links</em>}</li>
 *   <li>{@link dev.baton.model.Decision#getAffects <em>Affects</em>}</li>
 *   <li>{@link dev.baton.model.Decision#getStatedSupersededBy <em>Stated Superseded By</em>}</li>
 *   <li>{@link dev.baton.model.Decision#getSupersedes <em>Supersedes</em>}</li>
 *   <li>{@link dev.baton.model.Decision#getSupersededBy <em>Superseded By</em>}</li>
 *   <li>{@link dev.baton.model.Decision#getAmends <em>Amends</em>}</li>
 *   <li>{@link dev.baton.model.Decision#getAmendedBy <em>Amended By</em>}</li>
 * </ul>
 *
 * @see dev.baton.model.BatonPackage#getDecision()
 * @model annotation="https://baton.dev/format kind='decision' folder='decisions'"
 * @generated
 */
public interface Decision extends dev.baton.model.Record
{
  /**
   * Returns the value of the '<em><b>Number</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Sequence number within its decision set, from the file name.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Number</em>' attribute.
   * @see #setNumber(Integer)
   * @see dev.baton.model.BatonPackage#getDecision_Number()
   * @model annotation="https://baton.dev/format key='-'"
   * @generated
   */
  Integer getNumber();

  /**
   * Sets the value of the '{@link dev.baton.model.Decision#getNumber <em>Number</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Number</em>' attribute.
   * @see #getNumber()
   * @generated
   */
  void setNumber(Integer value);

  /**
   * Returns the value of the '<em><b>Slug</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The file name part after the number.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Slug</em>' attribute.
   * @see #setSlug(String)
   * @see dev.baton.model.BatonPackage#getDecision_Slug()
   * @model annotation="https://baton.dev/format key='-'"
   * @generated
   */
  String getSlug();

  /**
   * Sets the value of the '{@link dev.baton.model.Decision#getSlug <em>Slug</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Slug</em>' attribute.
   * @see #getSlug()
   * @generated
   */
  void setSlug(String value);

  /**
   * Returns the value of the '<em><b>Status</b></em>' attribute.
   * The literals are from the enumeration {@link dev.baton.model.DecisionStatus}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Lifecycle state derived from statusText.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Status</em>' attribute.
   * @see dev.baton.model.DecisionStatus
   * @see #setStatus(DecisionStatus)
   * @see dev.baton.model.BatonPackage#getDecision_Status()
   * @model annotation="https://baton.dev/format key='-'"
   * @generated
   */
  DecisionStatus getStatus();

  /**
   * Sets the value of the '{@link dev.baton.model.Decision#getStatus <em>Status</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Status</em>' attribute.
   * @see dev.baton.model.DecisionStatus
   * @see #getStatus()
   * @generated
   */
  void setStatus(DecisionStatus value);

  /**
   * Returns the value of the '<em><b>Status Text</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The status exactly as written.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Status Text</em>' attribute.
   * @see #setStatusText(String)
   * @see dev.baton.model.BatonPackage#getDecision_StatusText()
   * @model annotation="https://baton.dev/format key='status'"
   * @generated
   */
  String getStatusText();

  /**
   * Sets the value of the '{@link dev.baton.model.Decision#getStatusText <em>Status Text</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Status Text</em>' attribute.
   * @see #getStatusText()
   * @generated
   */
  void setStatusText(String value);

  /**
   * Returns the value of the '<em><b>Date</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Date</em>' attribute.
   * @see #setDate(LocalDate)
   * @see dev.baton.model.BatonPackage#getDecision_Date()
   * @model dataType="dev.baton.model.LocalDate"
   * @generated
   */
  LocalDate getDate();

  /**
   * Sets the value of the '{@link dev.baton.model.Decision#getDate <em>Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Date</em>' attribute.
   * @see #getDate()
   * @generated
   */
  void setDate(LocalDate value);

  /**
   * Returns the value of the '<em><b>Decision Makers</b></em>' attribute list.
   * The list contents are of type {@link java.lang.String}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Decision Makers</em>' attribute list.
   * @see dev.baton.model.BatonPackage#getDecision_DecisionMakers()
   * @model
   * @generated
   */
  List<String> getDecisionMakers();

  /**
   * Returns the value of the '<em><b>Consulted</b></em>' attribute list.
   * The list contents are of type {@link java.lang.String}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Consulted</em>' attribute list.
   * @see dev.baton.model.BatonPackage#getDecision_Consulted()
   * @model
   * @generated
   */
  List<String> getConsulted();

  /**
   * Returns the value of the '<em><b>Informed</b></em>' attribute list.
   * The list contents are of type {@link java.lang.String}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Informed</em>' attribute list.
   * @see dev.baton.model.BatonPackage#getDecision_Informed()
   * @model
   * @generated
   */
  List<String> getInformed();

  /**
   * Returns the value of the '<em><b>Context</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Context</em>' attribute.
   * @see #setContext(String)
   * @see dev.baton.model.BatonPackage#getDecision_Context()
   * @model annotation="https://baton.dev/format section='Context and Problem Statement'"
   * @generated
   */
  String getContext();

  /**
   * Sets the value of the '{@link dev.baton.model.Decision#getContext <em>Context</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Context</em>' attribute.
   * @see #getContext()
   * @generated
   */
  void setContext(String value);

  /**
   * Returns the value of the '<em><b>Drivers</b></em>' attribute list.
   * The list contents are of type {@link java.lang.String}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Drivers</em>' attribute list.
   * @see dev.baton.model.BatonPackage#getDecision_Drivers()
   * @model annotation="https://baton.dev/format section='Decision Drivers'"
   * @generated
   */
  List<String> getDrivers();

  /**
   * Returns the value of the '<em><b>Options</b></em>' containment reference list.
   * The list contents are of type {@link dev.baton.model.Option}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Considered options with their pros and cons (body sections Considered Options and Pros and Cons of the Options).
   * <!-- end-model-doc -->
   * @return the value of the '<em>Options</em>' containment reference list.
   * @see dev.baton.model.BatonPackage#getDecision_Options()
   * @model containment="true"
   *        annotation="https://baton.dev/format key='-'"
   * @generated
   */
  List<Option> getOptions();

  /**
   * Returns the value of the '<em><b>Chosen Option</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Title of the chosen option, as written in the outcome.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Chosen Option</em>' attribute.
   * @see #setChosenOption(String)
   * @see dev.baton.model.BatonPackage#getDecision_ChosenOption()
   * @model annotation="https://baton.dev/format key='-'"
   * @generated
   */
  String getChosenOption();

  /**
   * Sets the value of the '{@link dev.baton.model.Decision#getChosenOption <em>Chosen Option</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Chosen Option</em>' attribute.
   * @see #getChosenOption()
   * @generated
   */
  void setChosenOption(String value);

  /**
   * Returns the value of the '<em><b>Outcome</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Outcome</em>' attribute.
   * @see #setOutcome(String)
   * @see dev.baton.model.BatonPackage#getDecision_Outcome()
   * @model annotation="https://baton.dev/format section='Decision Outcome'"
   * @generated
   */
  String getOutcome();

  /**
   * Sets the value of the '{@link dev.baton.model.Decision#getOutcome <em>Outcome</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Outcome</em>' attribute.
   * @see #getOutcome()
   * @generated
   */
  void setOutcome(String value);

  /**
   * Returns the value of the '<em><b>Consequences</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Consequences</em>' attribute.
   * @see #setConsequences(String)
   * @see dev.baton.model.BatonPackage#getDecision_Consequences()
   * @model annotation="https://baton.dev/format section='Consequences'"
   * @generated
   */
  String getConsequences();

  /**
   * Sets the value of the '{@link dev.baton.model.Decision#getConsequences <em>Consequences</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Consequences</em>' attribute.
   * @see #getConsequences()
   * @generated
   */
  void setConsequences(String value);

  /**
   * Returns the value of the '<em><b>Confirmation</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Confirmation</em>' attribute.
   * @see #setConfirmation(String)
   * @see dev.baton.model.BatonPackage#getDecision_Confirmation()
   * @model annotation="https://baton.dev/format section='Confirmation'"
   * @generated
   */
  String getConfirmation();

  /**
   * Sets the value of the '{@link dev.baton.model.Decision#getConfirmation <em>Confirmation</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Confirmation</em>' attribute.
   * @see #getConfirmation()
   * @generated
   */
  void setConfirmation(String value);

  /**
   * Returns the value of the '<em><b>More Information</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>More Information</em>' attribute.
   * @see #setMoreInformation(String)
   * @see dev.baton.model.BatonPackage#getDecision_MoreInformation()
   * @model annotation="https://baton.dev/format section='More Information'"
   * @generated
   */
  String getMoreInformation();

  /**
   * Sets the value of the '{@link dev.baton.model.Decision#getMoreInformation <em>More Information</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>More Information</em>' attribute.
   * @see #getMoreInformation()
   * @generated
   */
  void setMoreInformation(String value);

  /**
   * Returns the value of the '<em><b>Links</b></em>' containment reference list.
   * The list contents are of type {@link dev.baton.model.DecisionLink}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Typed links to other decisions, as written (keys supersedes, amends, relates-to and links).
   * <!-- end-model-doc -->
   * @return the value of the '<em>Links</em>' containment reference list.
   * @see dev.baton.model.BatonPackage#getDecision_Links()
   * @model containment="true"
   *        annotation="https://baton.dev/format key='-'"
   * @generated
   */
  List<DecisionLink> getLinks();

  /**
   * Returns the value of the '<em><b>Affects</b></em>' reference list.
   * The list contents are of type {@link dev.baton.model.Element}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Elements the decision affects.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Affects</em>' reference list.
   * @see dev.baton.model.BatonPackage#getDecision_Affects()
   * @model resolveProxies="false"
   * @generated
   */
  List<Element> getAffects();

  /**
   * Returns the value of the '<em><b>Stated Superseded By</b></em>' reference list.
   * The list contents are of type {@link dev.baton.model.Decision}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Superseding decisions as stated in this file; compare with supersededBy.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Stated Superseded By</em>' reference list.
   * @see dev.baton.model.BatonPackage#getDecision_StatedSupersededBy()
   * @model resolveProxies="false"
   *        annotation="https://baton.dev/format key='superseded-by'"
   * @generated
   */
  List<Decision> getStatedSupersededBy();

  /**
   * Returns the value of the '<em><b>Supersedes</b></em>' reference list.
   * The list contents are of type {@link dev.baton.model.Decision}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Targets of this decision's supersedes links (derived).
   * <!-- end-model-doc -->
   * @return the value of the '<em>Supersedes</em>' reference list.
   * @see dev.baton.model.BatonPackage#getDecision_Supersedes()
   * @model resolveProxies="false" transient="true" changeable="false" volatile="true" derived="true"
   *        annotation="http://www.eclipse.org/emf/2002/GenModel get='return dev.baton.model.query.Inverses.linked(this, dev.baton.model.LinkType.SUPERSEDES);'"
   *        annotation="https://baton.dev/format key='-'"
   * @generated
   */
  List<Decision> getSupersedes();

  /**
   * Returns the value of the '<em><b>Superseded By</b></em>' reference list.
   * The list contents are of type {@link dev.baton.model.Decision}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Decisions whose supersedes links point here (derived).
   * <!-- end-model-doc -->
   * @return the value of the '<em>Superseded By</em>' reference list.
   * @see dev.baton.model.BatonPackage#getDecision_SupersededBy()
   * @model resolveProxies="false" transient="true" changeable="false" volatile="true" derived="true"
   *        annotation="http://www.eclipse.org/emf/2002/GenModel get='return dev.baton.model.query.Inverses.linkedFrom(this, dev.baton.model.LinkType.SUPERSEDES);'"
   *        annotation="https://baton.dev/format key='-'"
   * @generated
   */
  List<Decision> getSupersededBy();

  /**
   * Returns the value of the '<em><b>Amends</b></em>' reference list.
   * The list contents are of type {@link dev.baton.model.Decision}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Targets of this decision's amends links (derived).
   * <!-- end-model-doc -->
   * @return the value of the '<em>Amends</em>' reference list.
   * @see dev.baton.model.BatonPackage#getDecision_Amends()
   * @model resolveProxies="false" transient="true" changeable="false" volatile="true" derived="true"
   *        annotation="http://www.eclipse.org/emf/2002/GenModel get='return dev.baton.model.query.Inverses.linked(this, dev.baton.model.LinkType.AMENDS);'"
   *        annotation="https://baton.dev/format key='-'"
   * @generated
   */
  List<Decision> getAmends();

  /**
   * Returns the value of the '<em><b>Amended By</b></em>' reference list.
   * The list contents are of type {@link dev.baton.model.Decision}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Decisions whose amends links point here (derived).
   * <!-- end-model-doc -->
   * @return the value of the '<em>Amended By</em>' reference list.
   * @see dev.baton.model.BatonPackage#getDecision_AmendedBy()
   * @model resolveProxies="false" transient="true" changeable="false" volatile="true" derived="true"
   *        annotation="http://www.eclipse.org/emf/2002/GenModel get='return dev.baton.model.query.Inverses.linkedFrom(this, dev.baton.model.LinkType.AMENDS);'"
   *        annotation="https://baton.dev/format key='-'"
   * @generated
   */
  List<Decision> getAmendedBy();

} // Decision
