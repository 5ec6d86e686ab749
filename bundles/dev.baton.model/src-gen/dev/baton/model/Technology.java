/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;

import java.time.LocalDate;

import java.util.List;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Technology</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.Technology#getVersion <em>Version</em>}</li>
 *   <li>{@link dev.baton.model.Technology#getEndOfLife <em>End Of Life</em>}</li>
 *   <li>{@link dev.baton.model.Technology#getCategory <em>Category</em>}</li>
 *   <li>{@link dev.baton.model.Technology#getLicence <em>Licence</em>}</li>
 *   <li>{@link dev.baton.model.Technology#getUsedBy <em>Used By</em>}</li>
 * </ul>
 *
 * @see dev.baton.model.BatonPackage#getTechnology()
 * @model annotation="https://baton.dev/format kind='technology' folder='technologies'"
 * @generated
 */
public interface Technology extends Element
{
  /**
   * Returns the value of the '<em><b>Version</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Version</em>' attribute.
   * @see #setVersion(String)
   * @see dev.baton.model.BatonPackage#getTechnology_Version()
   * @model
   * @generated
   */
  String getVersion();

  /**
   * Sets the value of the '{@link dev.baton.model.Technology#getVersion <em>Version</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Version</em>' attribute.
   * @see #getVersion()
   * @generated
   */
  void setVersion(String value);

  /**
   * Returns the value of the '<em><b>End Of Life</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>End Of Life</em>' attribute.
   * @see #setEndOfLife(LocalDate)
   * @see dev.baton.model.BatonPackage#getTechnology_EndOfLife()
   * @model dataType="dev.baton.model.LocalDate"
   * @generated
   */
  LocalDate getEndOfLife();

  /**
   * Sets the value of the '{@link dev.baton.model.Technology#getEndOfLife <em>End Of Life</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>End Of Life</em>' attribute.
   * @see #getEndOfLife()
   * @generated
   */
  void setEndOfLife(LocalDate value);

  /**
   * Returns the value of the '<em><b>Category</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * language, framework, database, platform, ...
   * <!-- end-model-doc -->
   * @return the value of the '<em>Category</em>' attribute.
   * @see #setCategory(String)
   * @see dev.baton.model.BatonPackage#getTechnology_Category()
   * @model
   * @generated
   */
  String getCategory();

  /**
   * Sets the value of the '{@link dev.baton.model.Technology#getCategory <em>Category</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Category</em>' attribute.
   * @see #getCategory()
   * @generated
   */
  void setCategory(String value);

  /**
   * Returns the value of the '<em><b>Licence</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Licence</em>' attribute.
   * @see #setLicence(String)
   * @see dev.baton.model.BatonPackage#getTechnology_Licence()
   * @model
   * @generated
   */
  String getLicence();

  /**
   * Sets the value of the '{@link dev.baton.model.Technology#getLicence <em>Licence</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Licence</em>' attribute.
   * @see #getLicence()
   * @generated
   */
  void setLicence(String value);

  /**
   * Returns the value of the '<em><b>Used By</b></em>' reference list.
   * The list contents are of type {@link dev.baton.model.Component}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Components that use this technology (derived).
   * <!-- end-model-doc -->
   * @return the value of the '<em>Used By</em>' reference list.
   * @see dev.baton.model.BatonPackage#getTechnology_UsedBy()
   * @model resolveProxies="false" transient="true" changeable="false" volatile="true" derived="true"
   *        annotation="http://www.eclipse.org/emf/2002/GenModel get='return dev.baton.model.query.Inverses.usedBy(this);'"
   * @generated
   */
  List<Component> getUsedBy();

} // Technology
