import { FC, Fragment, lazy, useEffect } from "react";

import { useTranslation } from "react-i18next";
import { Route, Routes } from "react-router-dom";

import { ConsentCompletionSubRoute, ConsentOpenIDSubRoute } from "@constants/Routes";
import { useNotifications } from "@contexts/NotificationsContext";
import { useAutheliaState } from "@hooks/State";
import { useUserInfoGET } from "@hooks/UserInfo";
import { UserInfo } from "@models/UserInfo";
import { AutheliaState, AuthenticationLevel } from "@services/State";
import LoadingPage from "@views/LoadingPage/LoadingPage";

const OpenIDConnect = lazy(() => import("@views/ConsentPortal/OpenIDConnect/ConsentPortal"));
const CompletionView = lazy(() => import("@views/ConsentPortal/CompletionView"));

const ConsentPortal: FC = () => {
    const { t: translate } = useTranslation();

    const [userInfo, fetchUserInfo, , fetchUserInfoError] = useUserInfoGET();
    const [state, fetchState, , fetchStateError] = useAutheliaState();
    const loading = !state || (state.authentication_level >= AuthenticationLevel.OneFactor && !userInfo);
    const { createErrorNotification, resetNotification } = useNotifications();

    useEffect(() => {
        fetchState();
    }, [fetchState]);

    useEffect(() => {
        if (state) {
            if (state.authentication_level >= AuthenticationLevel.OneFactor) {
                fetchUserInfo();
            }
        }
    }, [state, fetchUserInfo]);

    useEffect(() => {
        if (fetchUserInfoError) {
            createErrorNotification(translate("There was an issue retrieving user preferences"));
        }
    }, [fetchUserInfoError, resetNotification, createErrorNotification, translate]);

    useEffect(() => {
        if (fetchStateError) {
            createErrorNotification(translate("There was an issue retrieving the current user state"));
        }
    }, [fetchStateError, createErrorNotification, translate]);

    return (
        <Fragment>
            {loading || !state ? <LoadingPage /> : <ConsentPortalRouter userInfo={userInfo} state={state} />}
        </Fragment>
    );
};

interface RouterProps {
    userInfo?: UserInfo;
    state: AutheliaState;
}

const ConsentPortalRouter: FC<RouterProps> = (props: RouterProps) => {
    return (
        <Routes>
            <Route
                path={`${ConsentOpenIDSubRoute}/*`}
                element={<OpenIDConnect userInfo={props.userInfo} state={props.state} />}
            />
            <Route path={ConsentCompletionSubRoute} element={<CompletionView />} />
        </Routes>
    );
};

export default ConsentPortal;
