/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Flow</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.DataFlow#getSource <em>Source</em>}</li>
 *   <li>{@link dev.baton.model.DataFlow#getTarget <em>Target</em>}</li>
 *   <li>{@link dev.baton.model.DataFlow#getVia <em>Via</em>}</li>
 *   <li>{@link dev.baton.model.DataFlow#getData <em>Data</em>}</li>
 *   <li>{@link dev.baton.model.DataFlow#getClassification <em>Classification</em>}</li>
 * </ul>
 *
 * @see dev.baton.model.BatonPackage#getDataFlow()
 * @model annotation="https://baton.dev/format kind='data-flow' folder='data-flows'"
 * @generated
 */
public interface DataFlow extends Element
{
  /**
   * Returns the value of the '<em><b>Source</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Source</em>' reference.
   * @see #setSource(Element)
   * @see dev.baton.model.BatonPackage#getDataFlow_Source()
   * @model resolveProxies="false"
   * @generated
   */
  Element getSource();

  /**
   * Sets the value of the '{@link dev.baton.model.DataFlow#getSource <em>Source</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Source</em>' reference.
   * @see #getSource()
   * @generated
   */
  void setSource(Element value);

  /**
   * Returns the value of the '<em><b>Target</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Target</em>' reference.
   * @see #setTarget(Element)
   * @see dev.baton.model.BatonPackage#getDataFlow_Target()
   * @model resolveProxies="false"
   * @generated
   */
  Element getTarget();

  /**
   * Sets the value of the '{@link dev.baton.model.DataFlow#getTarget <em>Target</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Target</em>' reference.
   * @see #getTarget()
   * @generated
   */
  void setTarget(Element value);

  /**
   * Returns the value of the '<em><b>Via</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Via</em>' reference.
   * @see #setVia(Interface)
   * @see dev.baton.model.BatonPackage#getDataFlow_Via()
   * @model resolveProxies="false"
   * @generated
   */
  Interface getVia();

  /**
   * Sets the value of the '{@link dev.baton.model.DataFlow#getVia <em>Via</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Via</em>' reference.
   * @see #getVia()
   * @generated
   */
  void setVia(Interface value);

  /**
   * Returns the value of the '<em><b>Data</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * What flows.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Data</em>' attribute.
   * @see #setData(String)
   * @see dev.baton.model.BatonPackage#getDataFlow_Data()
   * @model
   * @generated
   */
  String getData();

  /**
   * Sets the value of the '{@link dev.baton.model.DataFlow#getData <em>Data</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Data</em>' attribute.
   * @see #getData()
   * @generated
   */
  void setData(String value);

  /**
   * Returns the value of the '<em><b>Classification</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * e.g. public, internal, personal, payment card.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Classification</em>' attribute.
   * @see #setClassification(String)
   * @see dev.baton.model.BatonPackage#getDataFlow_Classification()
   * @model
   * @generated
   */
  String getClassification();

  /**
   * Sets the value of the '{@link dev.baton.model.DataFlow#getClassification <em>Classification</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Classification</em>' attribute.
   * @see #getClassification()
   * @generated
   */
  void setClassification(String value);

} // DataFlow
