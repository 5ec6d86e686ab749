/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Option</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A considered option of a decision.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.Option#getTitle <em>Title</em>}</li>
 *   <li>{@link dev.baton.model.Option#getDescription <em>Description</em>}</li>
 *   <li>{@link dev.baton.model.Option#getPros <em>Pros</em>}</li>
 *   <li>{@link dev.baton.model.Option#getNeutral <em>Neutral</em>}</li>
 *   <li>{@link dev.baton.model.Option#getCons <em>Cons</em>}</li>
 * </ul>
 *
 * @see dev.baton.model.BatonPackage#getOption()
 * @model
 * @generated
 */
public interface Option extends EObject
{
  /**
   * Returns the value of the '<em><b>Title</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Title</em>' attribute.
   * @see #setTitle(String)
   * @see dev.baton.model.BatonPackage#getOption_Title()
   * @model
   * @generated
   */
  String getTitle();

  /**
   * Sets the value of the '{@link dev.baton.model.Option#getTitle <em>Title</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Title</em>' attribute.
   * @see #getTitle()
   * @generated
   */
  void setTitle(String value);

  /**
   * Returns the value of the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Description</em>' attribute.
   * @see #setDescription(String)
   * @see dev.baton.model.BatonPackage#getOption_Description()
   * @model
   * @generated
   */
  String getDescription();

  /**
   * Sets the value of the '{@link dev.baton.model.Option#getDescription <em>Description</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Description</em>' attribute.
   * @see #getDescription()
   * @generated
   */
  void setDescription(String value);

  /**
   * Returns the value of the '<em><b>Pros</b></em>' attribute list.
   * The list contents are of type {@link java.lang.String}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Pros</em>' attribute list.
   * @see dev.baton.model.BatonPackage#getOption_Pros()
   * @model
   * @generated
   */
  List<String> getPros();

  /**
   * Returns the value of the '<em><b>Neutral</b></em>' attribute list.
   * The list contents are of type {@link java.lang.String}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Neutral</em>' attribute list.
   * @see dev.baton.model.BatonPackage#getOption_Neutral()
   * @model
   * @generated
   */
  List<String> getNeutral();

  /**
   * Returns the value of the '<em><b>Cons</b></em>' attribute list.
   * The list contents are of type {@link java.lang.String}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Cons</em>' attribute list.
   * @see dev.baton.model.BatonPackage#getOption_Cons()
   * @model
   * @generated
   */
  List<String> getCons();

} // Option
