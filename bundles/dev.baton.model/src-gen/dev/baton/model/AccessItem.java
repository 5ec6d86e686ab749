/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;

import java.time.LocalDate;

import java.util.List;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Access Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An account, key or login that exists, where its credential is held and who holds it. Never the secret itself.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.AccessItem#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.baton.model.AccessItem#getGrants <em>Grants</em>}</li>
 *   <li>{@link dev.baton.model.AccessItem#getLocation <em>Location</em>}</li>
 *   <li>{@link dev.baton.model.AccessItem#getHolders <em>Holders</em>}</li>
 *   <li>{@link dev.baton.model.AccessItem#getRotation <em>Rotation</em>}</li>
 *   <li>{@link dev.baton.model.AccessItem#getRotationDays <em>Rotation Days</em>}</li>
 *   <li>{@link dev.baton.model.AccessItem#getLastRotated <em>Last Rotated</em>}</li>
 *   <li>{@link dev.baton.model.AccessItem#isBreakGlass <em>Break Glass</em>}</li>
 * </ul>
 *
 * @see dev.baton.model.BatonPackage#getAccessItem()
 * @model annotation="https://baton.dev/format kind='access' folder='access'"
 * @generated
 */
public interface AccessItem extends dev.baton.model.Record
{
  /**
   * Returns the value of the '<em><b>Kind</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * admin login, API key, SSH key, certificate, ...
   * <!-- end-model-doc -->
   * @return the value of the '<em>Kind</em>' attribute.
   * @see #setKind(String)
   * @see dev.baton.model.BatonPackage#getAccessItem_Kind()
   * @model
   * @generated
   */
  String getKind();

  /**
   * Sets the value of the '{@link dev.baton.model.AccessItem#getKind <em>Kind</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Kind</em>' attribute.
   * @see #getKind()
   * @generated
   */
  void setKind(String value);

  /**
   * Returns the value of the '<em><b>Grants</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * What it gives access to.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Grants</em>' reference.
   * @see #setGrants(Element)
   * @see dev.baton.model.BatonPackage#getAccessItem_Grants()
   * @model resolveProxies="false"
   * @generated
   */
  Element getGrants();

  /**
   * Sets the value of the '{@link dev.baton.model.AccessItem#getGrants <em>Grants</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Grants</em>' reference.
   * @see #getGrants()
   * @generated
   */
  void setGrants(Element value);

  /**
   * Returns the value of the '<em><b>Location</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Where the credential is held (vault path, password manager entry), never the value.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Location</em>' attribute.
   * @see #setLocation(String)
   * @see dev.baton.model.BatonPackage#getAccessItem_Location()
   * @model
   * @generated
   */
  String getLocation();

  /**
   * Sets the value of the '{@link dev.baton.model.AccessItem#getLocation <em>Location</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Location</em>' attribute.
   * @see #getLocation()
   * @generated
   */
  void setLocation(String value);

  /**
   * Returns the value of the '<em><b>Holders</b></em>' reference list.
   * The list contents are of type {@link dev.baton.model.Party}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Holders</em>' reference list.
   * @see dev.baton.model.BatonPackage#getAccessItem_Holders()
   * @model resolveProxies="false"
   * @generated
   */
  List<Party> getHolders();

  /**
   * Returns the value of the '<em><b>Rotation</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Rotation policy as written, e.g. every 90 days.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Rotation</em>' attribute.
   * @see #setRotation(String)
   * @see dev.baton.model.BatonPackage#getAccessItem_Rotation()
   * @model
   * @generated
   */
  String getRotation();

  /**
   * Sets the value of the '{@link dev.baton.model.AccessItem#getRotation <em>Rotation</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Rotation</em>' attribute.
   * @see #getRotation()
   * @generated
   */
  void setRotation(String value);

  /**
   * Returns the value of the '<em><b>Rotation Days</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Rotation Days</em>' attribute.
   * @see #setRotationDays(Integer)
   * @see dev.baton.model.BatonPackage#getAccessItem_RotationDays()
   * @model
   * @generated
   */
  Integer getRotationDays();

  /**
   * Sets the value of the '{@link dev.baton.model.AccessItem#getRotationDays <em>Rotation Days</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Rotation Days</em>' attribute.
   * @see #getRotationDays()
   * @generated
   */
  void setRotationDays(Integer value);

  /**
   * Returns the value of the '<em><b>Last Rotated</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Last Rotated</em>' attribute.
   * @see #setLastRotated(LocalDate)
   * @see dev.baton.model.BatonPackage#getAccessItem_LastRotated()
   * @model dataType="dev.baton.model.LocalDate"
   * @generated
   */
  LocalDate getLastRotated();

  /**
   * Sets the value of the '{@link dev.baton.model.AccessItem#getLastRotated <em>Last Rotated</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Last Rotated</em>' attribute.
   * @see #getLastRotated()
   * @generated
   */
  void setLastRotated(LocalDate value);

  /**
   * Returns the value of the '<em><b>Break Glass</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Break Glass</em>' attribute.
   * @see #setBreakGlass(boolean)
   * @see dev.baton.model.BatonPackage#getAccessItem_BreakGlass()
   * @model
   * @generated
   */
  boolean isBreakGlass();

  /**
   * Sets the value of the '{@link dev.baton.model.AccessItem#isBreakGlass <em>Break Glass</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Break Glass</em>' attribute.
   * @see #isBreakGlass()
   * @generated
   */
  void setBreakGlass(boolean value);

} // AccessItem
