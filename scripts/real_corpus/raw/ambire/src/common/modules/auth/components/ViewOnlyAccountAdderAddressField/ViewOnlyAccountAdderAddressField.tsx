import React, { FC, useCallback, useMemo } from 'react'
import { Controller, UseFormSetValue, UseFormTrigger, UseFormWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { View } from 'react-native'

import { AddressStateOptional } from '@ambire-common/interfaces/domains'
import { Validation } from '@ambire-common/services/validations'
import { getAddressFromAddressState } from '@ambire-common/utils/domains'
import shortenAddress from '@ambire-common/utils/shortenAddress'
import DeleteIcon from '@common/assets/svg/DeleteIcon'
import AddressInput from '@common/components/AddressInput'
import Alert from '@common/components/Alert'
import { INPUT_WRAPPER_HEIGHT } from '@common/components/Input/styles'
import useAddressInput from '@common/hooks/useAddressInput'
import useController from '@common/hooks/useController'
import useHover, { AnimatedPressable } from '@common/hooks/useHover'
import useTheme from '@common/hooks/useTheme'
import spacings from '@common/styles/spacings'
import flexbox from '@common/styles/utils/flexbox'

interface Props {
  duplicateAccountsIndexes: number[]
  field: any
  index: number
  watch: UseFormWatch<any>
  control: any
  isLoading: boolean
  handleSubmit: () => void
  remove: (index: number) => void
  disabled: boolean
  setValue: UseFormSetValue<any>
  trigger: UseFormTrigger<any>
}

const ViewOnlyAccountAdderAddressField: FC<Props> = ({
  duplicateAccountsIndexes,
  field,
  index,
  watch,
  control,
  isLoading,
  handleSubmit,
  remove,
  disabled,
  setValue,
  trigger
}) => {
  const accountsState = useController('AccountsController').state
  const keystoreState = useController('KeystoreController').state
  const accounts = watch('accounts')
  const value = watch(`accounts.${index}`)
  const { t } = useTranslation()
  const { theme } = useTheme()
  const [bindRemoveAnim, removeAnimStyle] = useHover({ preset: 'opacityInverted' })

  const setAddressState = useCallback(
    (newState: AddressStateOptional) => {
      Object.keys(newState).forEach((key) => {
        // @ts-ignore
        setValue(`accounts.${index}.${key}`, newState[key], {
          shouldDirty: true,
          shouldTouch: true,
          shouldValidate: true
        })
      })
    },
    [index, setValue]
  )

  // Check if the address being entered is already linked to existing keys
  // This helps inform users that the address will be added with full access instead of view-only
  const addressesInAssociatedKeys = useMemo(() => {
    const currentAddress = value?.fieldValue?.toLowerCase()
    if (!currentAddress) return []
    // Already handled in another validation (account already imported)
    if (accountsState.accounts.find((account) => account.addr.toLowerCase() === currentAddress))
      return []

    // Find accounts that have the current address in their associated keys
    // but only if the address also exists in the keystore (meaning we have the private key)
    const addressesWithSharedKey = accountsState.accounts
      .filter((account) => {
        // Check if this address exists in keystore (we have the private key)
        const addressInKeystore = keystoreState.keys.some(
          (key) => key.addr?.toLowerCase() === currentAddress
        )

        // Check if this address is associated with the current account
        const isAssociatedWithAccount = (account.associatedKeys || []).some(
          (key) => key?.toLowerCase() === currentAddress
        )

        return isAssociatedWithAccount && addressInKeystore
      })
      .map((account) => account.addr)

    return [...new Set(addressesWithSharedKey)]
  }, [accountsState.accounts, keystoreState.keys, value?.fieldValue])

  const overwriteValidation: Validation | null = useMemo(() => {
    if (duplicateAccountsIndexes.includes(index))
      return {
        severity: 'error',
        message: 'Duplicate address.'
      }

    if (
      accountsState.accounts.find(
        (account) => account.addr.toLowerCase() === getAddressFromAddressState(value).toLowerCase()
      )
    )
      return {
        // Allow the user to proceed on purpose
        severity: 'info',
        message: 'This address is already in your wallet.'
      }

    return null
  }, [duplicateAccountsIndexes, index, accountsState.accounts, value])

  const handleRevalidate = useCallback(() => {
    // We don't want to update the error message while accounts are being
    // imported because that would stop the import process.
    if (isLoading) return
    trigger(`accounts.${index}.fieldValue`)
  }, [index, isLoading, trigger])

  const { validation, RHFValidate } = useAddressInput({
    addressState: value,
    setAddressState,
    overwriteValidation,
    handleRevalidate
  })

  return (
    <Controller
      key={field.id}
      control={control}
      rules={{
        validate: RHFValidate,
        required: true
      }}
      render={({ field: { onChange, onBlur } }) => (
        <View>
          <View style={[spacings.mbTy, flexbox.directionRow, flexbox.alignStart]}>
            <AddressInput
              testID={`view-only-address-field-${index}`}
              validation={validation}
              containerStyle={{ ...spacings.mb0, ...flexbox.flex1 }}
              onBlur={onBlur}
              onChangeText={onChange}
              value={value.fieldValue}
              autoFocus
              withDetails
              backgroundColor={theme.secondaryBackground}
              disabled={isLoading}
              resolvedAddress={value.resolvedAddress}
              resolvedAddressType={value.resolvedAddressType}
              isRecipientDomainResolving={value.isDomainResolving}
              onSubmitEditing={disabled ? undefined : handleSubmit}
            />
            {accounts.length > 1 && (
              <AnimatedPressable
                style={[
                  removeAnimStyle,
                  spacings.mlTy,
                  flexbox.justifyCenter,
                  { height: INPUT_WRAPPER_HEIGHT }
                ]}
                onPress={() => remove(index)}
                {...bindRemoveAnim}
              >
                <DeleteIcon width={24} height={24} />
              </AnimatedPressable>
            )}
          </View>
          {addressesInAssociatedKeys?.length > 0 &&
            addressesInAssociatedKeys.map((_address) => {
              return (
                <Alert
                  title={t('This account’s key is already imported.')}
                  text={t(
                    `It’s the same key associated with ${shortenAddress(
                      _address,
                      13
                    )}. If you continue, this address will be linked to that key and managed with full access, not as view-only.`
                  )}
                  type="info"
                  key={_address}
                />
              )
            })}
        </View>
      )}
      name={`accounts.${index}.fieldValue`}
    />
  )
}

export default ViewOnlyAccountAdderAddressField
