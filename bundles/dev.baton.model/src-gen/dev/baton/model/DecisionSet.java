/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Decision Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A set of decisions with its own numbering: the architecture folder's decisions/ or an existing ADR folder in another dialect.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.DecisionSet#getName <em>Name</em>}</li>
 *   <li>{@link dev.baton.model.DecisionSet#getPath <em>Path</em>}</li>
 *   <li>{@link dev.baton.model.DecisionSet#getDialect <em>Dialect</em>}</li>
 *   <li>{@link dev.baton.model.DecisionSet#getDecisions <em>Decisions</em>}</li>
 * </ul>
 *
 * @see dev.baton.model.BatonPackage#getDecisionSet()
 * @model
 * @generated
 */
public interface DecisionSet extends EObject
{
  /**
   * Returns the value of the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Scope name; qualifies ids of decisions outside the default set (name:number).
   * <!-- end-model-doc -->
   * @return the value of the '<em>Name</em>' attribute.
   * @see #setName(String)
   * @see dev.baton.model.BatonPackage#getDecisionSet_Name()
   * @model
   * @generated
   */
  String getName();

  /**
   * Sets the value of the '{@link dev.baton.model.DecisionSet#getName <em>Name</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Name</em>' attribute.
   * @see #getName()
   * @generated
   */
  void setName(String value);

  /**
   * Returns the value of the '<em><b>Path</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Folder relative to the architecture folder.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Path</em>' attribute.
   * @see #setPath(String)
   * @see dev.baton.model.BatonPackage#getDecisionSet_Path()
   * @model
   * @generated
   */
  String getPath();

  /**
   * Sets the value of the '{@link dev.baton.model.DecisionSet#getPath <em>Path</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Path</em>' attribute.
   * @see #getPath()
   * @generated
   */
  void setPath(String value);

  /**
   * Returns the value of the '<em><b>Dialect</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * madr (Baton's native MADR 4), adr-tools, log4brains, ...
   * <!-- end-model-doc -->
   * @return the value of the '<em>Dialect</em>' attribute.
   * @see #setDialect(String)
   * @see dev.baton.model.BatonPackage#getDecisionSet_Dialect()
   * @model
   * @generated
   */
  String getDialect();

  /**
   * Sets the value of the '{@link dev.baton.model.DecisionSet#getDialect <em>Dialect</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Dialect</em>' attribute.
   * @see #getDialect()
   * @generated
   */
  void setDialect(String value);

  /**
   * Returns the value of the '<em><b>Decisions</b></em>' containment reference list.
   * The list contents are of type {@link dev.baton.model.Decision}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Decisions</em>' containment reference list.
   * @see dev.baton.model.BatonPackage#getDecisionSet_Decisions()
   * @model containment="true"
   * @generated
   */
  List<Decision> getDecisions();

} // DecisionSet
